/** Says why findings and reasons are in another language than the panel, and how to change that. */
import type { Lang } from '../../src/domain';
import { useStrings } from '../i18n';

export function LangNote(props: { reportLang: Lang; panelLang: Lang }) {
  const t = useStrings().findings;
  if (props.reportLang === props.panelLang) return null;
  return (
    <p class="jc-note" data-testid="lang-note">
      {t.reportLang(t.langName[props.panelLang], t.langName[props.reportLang])}
    </p>
  );
}
