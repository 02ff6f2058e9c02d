import { useT } from '../../i18n/I18n';

export interface MemberGmina {
  readonly terc: string;
  readonly name: string;
}

/** The member gminas as options by name, after "choose one" (required) or "none" (optional). */
export function GminaOptions({ gminas, required }: { gminas: readonly MemberGmina[]; required: boolean }) {
  const { t, collator } = useT();
  const sorted = [...gminas].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <option value="">{required ? t('partnerships.invite.gminaChoose') : t('partnerships.invite.gminaNone')}</option>
      {sorted.map((gmina) => (
        <option key={gmina.terc} value={gmina.terc}>
          {gmina.name} ({gmina.terc})
        </option>
      ))}
    </>
  );
}
