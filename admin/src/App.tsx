import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import agencies from './agencies';
import calendar from './calendar';
import cases, { LegalReviewQueue } from './cases';
import { authProvider } from './authProvider';
import certificates from './certificates';
import complaints from './complaints';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './login/LoginPage';
import matters from './matters';
import officers from './officers';
import { PublicDecision, PublicDecisions } from './public/PublicDecisions';
import { PublicLookup } from './public/PublicLookup';
import { filings, publications } from './publicity';
import { CaseRecordPage } from './record/CaseRecordPage';
import { StatisticsPage } from './statistics/StatisticsPage';
import sanctions, { SanctionPrint } from './sanctions';
import { theme } from './theme';
import notices, { NoticePrint } from './notices';
import supervisionDecisions, { DecisionPrint } from './supervisionDecisions';
import inspections from './inspections';
import recusals from './recusals';
import referrals, { ReferralPrint } from './referrals';
import reviews from './reviews';
import opinions, { OpinionPrint } from './opinions';

/**
 * Not `requireAuth`: with it, react-admin 5.15 loops navigating to /login for ~10 s on a first visit
 * with no session (seen in Chromium). The no-layout route /public is open to anyone either way.
 */
export const App = () => (
  <Admin
    title="执法监督平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    theme={theme}
    layout={Layout}
    dashboard={Dashboard}
    loginPage={LoginPage}
    disableTelemetry
  >
    <CustomRoutes noLayout>
      <Route path="/public" element={<PublicLookup />} />
      <Route path="/public/decisions" element={<PublicDecisions />} />
      <Route path="/public/decisions/:id" element={<PublicDecision />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/cases/:id/record" element={<CaseRecordPage />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/statistics" element={<StatisticsPage />} />
    </CustomRoutes>
    <Resource name="officers" {...officers} />
    <Resource name="certificates" {...certificates} />
    <Resource name="agencies" {...agencies} />
    <Resource name="matters" {...matters} />
    <Resource name="cases" {...cases} />
    <CustomRoutes>
      <Route path="/legal-review" element={<LegalReviewQueue />} />
    </CustomRoutes>
    <Resource name="complaints" {...complaints} />
    <Resource name="sanctions" {...sanctions} />
    <Resource name="publications" {...publications} />
    <Resource name="filings" {...filings} />
    <Resource name="calendar" {...calendar} />
    <Resource name="notices" {...notices} />
    <Resource name="supervision-decisions" {...supervisionDecisions} />
    <CustomRoutes>
      <Route path="/sanctions/:id/print" element={<SanctionPrint />} />
      <Route path="/notices/:id/print" element={<NoticePrint />} />
      <Route path="/supervision-decisions/:id/print" element={<DecisionPrint />} />
    </CustomRoutes>
    <Resource name="inspections" {...inspections} />
    <Resource name="recusals" {...recusals} />
    <Resource name="referrals" {...referrals} />
    <CustomRoutes>
      <Route path="/referrals/:id/print" element={<ReferralPrint />} />
    </CustomRoutes>
    <Resource name="reviews" {...reviews} />
    <Resource name="opinions" {...opinions} />
    <CustomRoutes>
      <Route path="/opinions/:id/print" element={<OpinionPrint />} />
    </CustomRoutes>
  </Admin>
);
