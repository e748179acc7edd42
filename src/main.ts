// Plugin entry (work in progress)
figma.closePlugin();
