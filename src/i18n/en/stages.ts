/** The five journey phases by name (the panel shows them too). */
export const stages = {
  orientation: 'Orientation',
  consideration: 'Consideration',
  purchase: 'Purchase',
  use: 'Use',
  aftersales: 'After sales',
};
