import { NavLink } from 'react-router';
import { useT } from '../../i18n/I18n';

/** The plan's views as links (the current one marked), and the way back to the partnership's plans. */
export function PlanViews({ planId, slug, mayPublish }: { planId: string; slug?: string | null; mayPublish: boolean }) {
  const { t } = useT();
  return (
    <nav className="plan-views" aria-label={t('plans.plan.views')}>
      <ul>
        <li>
          <NavLink to={`/plans/${planId}`} end>
            {t('plans.plan.text')}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/plans/${planId}/compare`}>{t('plans.plan.compare')}</NavLink>
        </li>
        <li>
          <NavLink to={`/plans/${planId}/report`}>{t('plans.plan.report')}</NavLink>
        </li>
        {mayPublish && (
          <li>
            <NavLink to={`/plans/${planId}/publish`}>{t('plans.plan.publish')}</NavLink>
          </li>
        )}
        {slug && (
          <li>
            <NavLink to={`/partnerships/${slug}/plans`} end>
              {t('plans.plan.allPlans')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
