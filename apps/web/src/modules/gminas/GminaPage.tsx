import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/providers';
import { GminaDetailsDocument, type GminaDetailsQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import type { MessageId } from '../../i18n/messages';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { usePowiatLabel } from './GminaTable';
import './gminas.css';

/** A malformed code is as absent from the register as an unknown one: both answer "no such gmina". */
const NOT_THERE = ['NOT_FOUND', 'BAD_USER_INPUT'];

export default function GminaPage() {
  const { t } = useT();
  const terc = useParams()['terc'] ?? '';
  const session = useSession();
  // Which partnerships show depends on who asks: not before the session is known (a reload restores it).
  const { data, loading, error, refetch } = useQuery(GminaDetailsDocument, { variables: { terc }, skip: session.status === 'restoring' });

  if (error) {
    const problem = apiProblem(error, t);
    if (NOT_THERE.includes(problem.code)) return <GminaNotFound terc={terc} />;
    return (
      <PageFailure error={error} retry={refetch}>
        <BackToRegister />
      </PageFailure>
    );
  }
  if (!data) return loading || session.status === 'restoring' ? <Loading /> : null;
  return <GminaDetails gmina={data.gmina} />;
}

function GminaDetails({ gmina }: { gmina: GminaDetailsQuery['gmina'] }) {
  const { t, day, integer } = useT();
  const powiatLabel = usePowiatLabel();
  const session = useSession();
  return (
    <>
      <PageHeading title={gmina.name} />
      <dl className="gmina-facts">
        <div>
          <dt>{t('gminas.gmina.terc')}</dt>
          <dd className="gmina-facts__terc">{gmina.terc}</dd>
        </div>
        <div>
          <dt>{t('gminas.gmina.type')}</dt>
          <dd>{t(`gminas.type.${gmina.type}` as MessageId)}</dd>
        </div>
        <div>
          <dt>{t('gminas.gmina.powiat')}</dt>
          <dd>
            <Link to={`/gminas?voivodeship=${gmina.voivodeship.code}&powiat=${gmina.powiat.code}`}>{powiatLabel(gmina.powiat)}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('gminas.gmina.voivodeship')}</dt>
          <dd>
            <Link to={`/gminas?voivodeship=${gmina.voivodeship.code}`}>{gmina.voivodeship.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('gminas.gmina.population')}</dt>
          <dd>
            {gmina.population === null
              ? t('gminas.population.unknown')
              : gmina.populationAsOf
                ? t('gminas.gmina.populationAsOf', { population: integer(gmina.population), day: day(gmina.populationAsOf, 'long') })
                : integer(gmina.population)}
            {gmina.populationSource && <span className="gmina-facts__source">{t('gminas.gmina.populationSource', { source: gmina.populationSource })}</span>}
          </dd>
        </div>
      </dl>
      <p className="gmina-facts__register">{t('gminas.gmina.register', { day: day(gmina.registerDate, 'long') })}</p>

      <h2>{t('gminas.gmina.partnerships')}</h2>
      {session.status !== 'signedIn' ? (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(`/gminas/${gmina.terc}`)}`}>{t('gminas.gmina.partnershipsSignIn')}</Link>
        </p>
      ) : gmina.partnerships.length === 0 ? (
        <p>{t('gminas.gmina.partnershipsNone')}</p>
      ) : (
        <>
          <p>{t('gminas.gmina.partnershipsIntro')}</p>
          <ul className="gmina-partnerships">
            {gmina.partnerships.map((partnership) => (
              <li key={partnership.id}>
                <Link to={`/partnerships/${partnership.slug}`}>{partnership.name}</Link>
                {partnership.programme && <span className="gmina-partnerships__programme"> — {partnership.programme}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <BackToRegister />
    </>
  );
}

function GminaNotFound({ terc }: { terc: string }) {
  const { t } = useT();
  return (
    <>
      <PageHeading title={t('gminas.gmina.notFoundTitle')} />
      <p>{t('gminas.gmina.notFoundBody', { terc })}</p>
      <BackToRegister />
    </>
  );
}

function BackToRegister() {
  const { t } = useT();
  return (
    <p>
      <Link to="/gminas">{t('gminas.gmina.back')}</Link>
    </p>
  );
}
