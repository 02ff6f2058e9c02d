import { type ProjectsSheetFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { stageLabel } from './stages';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  readonly history: ProjectsSheetFragment['stageHistory'];
  /** A user id's name in the partnership; null for someone who no longer takes part. */
  readonly nameOf: (userId: string) => string | null;
}

/** Every move through the pipeline, newest first: when, from where to where, who, and why. */
export function StageHistory({ history, nameOf }: Props) {
  const { t, moment } = useT();
  const newestFirst = [...history].reverse();
  return (
    <TableScroll label={t('projects.history.caption')}>
      <table className="stage-history">
        <caption>{t('projects.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.history.colWhen')}</th>
            <th scope="col">{t('projects.history.colChange')}</th>
            <th scope="col">{t('projects.history.colWho')}</th>
            <th scope="col">{t('projects.history.colWhy')}</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((change) => (
            <tr key={change.id}>
              <td className="nowrap">
                <time dateTime={change.changedAt}>{moment(change.changedAt)}</time>
              </td>
              <th scope="row">
                {change.fromStage
                  ? t('projects.history.moved', {
                      from: stageLabel(t, change.fromStage),
                      to: stageLabel(t, change.toStage),
                    })
                  : t('projects.history.created', {
                      to: stageLabel(t, change.toStage),
                    })}
                {change.resolutionNumber && <span className="stage-history__resolution">{t('projects.history.resolution', { number: change.resolutionNumber })}</span>}
              </th>
              <td>{(change.actorId && nameOf(change.actorId)) || t('projects.history.unknownActor')}</td>
              <td>{change.reason || <span className="muted">{t('projects.history.noReason')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
