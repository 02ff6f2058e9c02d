import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { useSession } from '../../app/providers';
import { PartnershipsOverviewDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { APPOINT_FORM, AppointCoordinatorForm } from './AppointCoordinatorForm';
import { InvitationsSection } from './InvitationsSection';
import { INVITE_FORM, InviteForm } from './InviteForm';
import { MembersTable } from './MembersTable';
import { PARTNERSHIP_STAGES, STAGE_LABEL } from './labels';
import { PeopleSection } from './PeopleSection';
import { useRoleLabel } from './role-labels';
import './partnerships.css';

/** A partnership's overview: its stage, member gminas, thematic areas and people; coordinators manage people here. */
export default function PartnershipPage() {
  const { slug = '' } = useParams();
  const { t, locale } = useT();
  const roleLabel = useRoleLabel();
  const session = useSession();
  const reader = session.status === 'signedIn' ? session.session.user : null;
  const { data, loading, error } = useQuery(PartnershipsOverviewDocument, { variables: { slug } });
  const [editing, setEditing] = useState<string | null>(null);
  // Each form on the page has its own error summary, but the page shows one at a time: the last that failed.
  const [summaryFor, setSummaryFor] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const onProblem = useCallback((form: string, failed: boolean) => setSummaryFor((current) => (failed ? form : current === form ? null : current)), []);

  const partnership = data?.partnership;
  const mine = partnership?.people.find((person) => person.userId === reader?.id);
  const readerRole = mine ? roleLabel(mine.role, mine.gmina?.name) : reader?.isPlatformAdmin ? t('partnerships.role.none') : null;
  useShowPartnership(partnership ? { name: partnership.name, slug: partnership.slug, role: readerRole } : null);

  if (!partnership) {
    if (loading) return <Loading />;
    const problem = error ? apiProblem(error, t) : null;
    return (
      <>
        <PageHeading title={problem?.code === 'NOT_FOUND' ? t('app.notFound.title') : t('partnerships.overview.loadError')} hasError />
        {problem && <p className="notice notice--warning">{problem.message}</p>}
        <p>
          <Link to="/partnerships">{t('partnerships.list.title')}</Link>
        </p>
      </>
    );
  }

  const isCoordinator = mine?.role === 'COORDINATOR';
  const hasCoordinator = partnership.people.some((person) => person.role === 'COORDINATOR');
  const canAppoint = Boolean(reader?.isPlatformAdmin) && !mine && !hasCoordinator;
  const canCreateProject = isCoordinator || mine?.role === 'GMINA_OFFICIAL';
  const gminas = partnership.members.map((member) => member.gmina);
  const stageNumber = PARTNERSHIP_STAGES.indexOf(partnership.stage) + 1;
  const polish = locale === 'pl' ? undefined : 'pl';
  const announce = (text: string) => setMessage(text);

  return (
    <div className="partnership">
      <PageHeading title={partnership.name} hasError={summaryFor !== null} />
      <p className="stage-line">
        <span className="stage-line__label">{t('partnerships.overview.stage')}:</span> <span className="stage-badge">{t('partnerships.stage.step', { n: stageNumber, total: PARTNERSHIP_STAGES.length, stage: t(STAGE_LABEL[partnership.stage]) })}</span>
      </p>
      <ol className="stage-steps" aria-label={t('partnerships.overview.stage')}>
        {PARTNERSHIP_STAGES.map((stage, index) => (
          <li key={stage} className={index + 1 < stageNumber ? 'stage-steps__done' : index + 1 === stageNumber ? 'stage-steps__current' : undefined} aria-current={stage === partnership.stage ? 'step' : undefined}>
            {t(STAGE_LABEL[stage])}
          </li>
        ))}
      </ol>
      {partnership.description && (
        <p className="partnership__description" lang={polish}>
          {partnership.description}
        </p>
      )}
      <dl className="facts">
        {partnership.hostOrganisation && (
          <div>
            <dt>{t('partnerships.overview.hostOrganisation')}</dt>
            <dd lang={polish}>{partnership.hostOrganisation}</dd>
          </div>
        )}
        {partnership.programme && (
          <div>
            <dt>{t('partnerships.overview.programme')}</dt>
            <dd lang={polish}>{partnership.programme}</dd>
          </div>
        )}
        {readerRole && (
          <div>
            <dt>{t('partnerships.overview.yourRole')}</dt>
            <dd>{readerRole}</dd>
          </div>
        )}
      </dl>
      {mine && (
        <nav aria-label={t('partnerships.overview.sections')} className="partnership__links">
          <ul>
            <li>
              <Link to={`/partnerships/${partnership.slug}/pipeline`}>{t('partnerships.overview.pipeline')}</Link>
            </li>
            {canCreateProject && (
              <li>
                <Link to={`/partnerships/${partnership.slug}/projects/new`}>{t('partnerships.overview.newProject')}</Link>
              </li>
            )}
            <li>
              <Link to={`/partnerships/${partnership.slug}/plans`}>{t('plans.list.title')}</Link>
            </li>
            <li>
              <Link to={`/partnerships/${partnership.slug}/council`}>{t('council.page.title')}</Link>
            </li>
            <li>
              <Link to={`/partnerships/${partnership.slug}/activity`}>{t('partnerships.overview.activity')}</Link>
            </li>
          </ul>
        </nav>
      )}

      <div role="status" aria-live="polite" className="partnership__status">
        {message && <p className="notice">{message}</p>}
      </div>

      <section aria-labelledby="members-title">
        <h2 id="members-title">{t('partnerships.members.title')}</h2>
        <MembersTable members={partnership.members} />
      </section>

      <section aria-labelledby="areas-title">
        <h2 id="areas-title">{t('partnerships.areas.title')}</h2>
        {partnership.thematicAreas.length === 0 ? (
          <EmptyState>{t('partnerships.areas.empty')}</EmptyState>
        ) : (
          <ul className="area-tags">
            {partnership.thematicAreas.map((area) => (
              <li key={area.id} lang={locale === 'en' && !area.nameEn ? 'pl' : undefined}>
                {locale === 'en' ? (area.nameEn ?? area.namePl) : area.namePl}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('partnerships.people.title')}</h2>
        <PeopleSection
          people={partnership.people}
          readerId={reader?.id}
          gminas={gminas}
          canManage={isCoordinator}
          editing={editing}
          onEdit={setEditing}
          summaryFor={summaryFor}
          onProblem={onProblem}
          onMessage={announce}
        />
        {isCoordinator && (
          <>
            <h3>{t('partnerships.invitations.title')}</h3>
            <InvitationsSection partnershipId={partnership.id} onMessage={announce} />
            <InviteForm
              partnershipId={partnership.id}
              gminas={gminas}
              showSummary={summaryFor === INVITE_FORM}
              onProblem={(failed) => onProblem(INVITE_FORM, failed)}
              onSent={announce}
            />
          </>
        )}
      </section>
      {canAppoint && <AppointCoordinatorForm partnershipId={partnership.id} showSummary={summaryFor === APPOINT_FORM} onProblem={(failed) => onProblem(APPOINT_FORM, failed)} onSent={announce} />}
    </div>
  );
}
