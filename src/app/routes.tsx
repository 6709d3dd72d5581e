import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { Loading } from '../components/loading';
import { PanelBoundary } from '../components/panel-boundary';
import { OverviewPage } from '../features/overview/overview-page';
import { PlanPickerPage } from '../features/plan-picker/plan-picker-page';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PlanLayout } from './plan-layout';

// Every view but the first is split out, so the overview does not wait for code it
// does not use (charts above all).
function lazyNamed<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const AreaPage = lazyNamed(() => import('../features/area/area-page'), 'AreaPage');
const ActionsPage = lazyNamed(() => import('../features/actions/actions-page'), 'ActionsPage');
const MeasuresPage = lazyNamed(() => import('../features/measures/measures-page'), 'MeasuresPage');
const MeasurePage = lazyNamed(() => import('../features/measures/measure-page'), 'MeasurePage');
const ChangesPage = lazyNamed(() => import('../features/changes/changes-page'), 'ChangesPage');
const CheckInPage = lazyNamed(() => import('../features/check-in/check-in-page'), 'CheckInPage');
const BriefingPage = lazyNamed(() => import('../features/briefing/briefing-page'), 'BriefingPage');
const BoardPackPage = lazyNamed(() => import('../features/board-pack/board-pack-page'), 'BoardPackPage');
// Only those who may update load the form (a link to it is shown to them alone).
const UpdatePage = lazyNamed(() => import('../features/action-update/update-page'), 'UpdatePage');
const AccessibilityPage = lazyNamed(() => import('../features/accessibility/accessibility-page'), 'AccessibilityPage');

function View({ what, children }: { what: string; children: ReactNode }) {
  return (
    <PanelBoundary what={what}>
      <Suspense fallback={<Loading label={`Loading ${what}`} rows={5} />}>{children}</Suspense>
    </PanelBoundary>
  );
}

/** Every view has a stable URL; see the README's table of routes. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <AppLayout>
          <View what="your plans">
            <PlanPickerPage />
          </View>
        </AppLayout>
      </Route>
      <Route path="/accessibility">
        <AppLayout>
          <View what="the accessibility statement">
            <AccessibilityPage />
          </View>
        </AppLayout>
      </Route>
      <Route path="/plans/:planId/*?">
        {(params: { planId: string; '*'?: string }) => (
          <PlanLayout planId={params.planId}>
            <PlanRoutes planId={params.planId} />
          </PlanLayout>
        )}
      </Route>
      <Route>
        <AppLayout>
          <NotFoundPage />
        </AppLayout>
      </Route>
    </Switch>
  );
}

function PlanRoutes({ planId }: { planId: string }) {
  return (
    <Switch>
      <Route path="/plans/:planId">
        <View what="the overview">
          <OverviewPage planId={planId} />
        </View>
      </Route>
      <Route path="/plans/:planId/areas/:areaNumber">
        {({ areaNumber }) => (
          <View what="the area">
            <AreaPage planId={planId} areaNumber={areaNumber} />
          </View>
        )}
      </Route>
      <Route path="/plans/:planId/actions">
        <View what="the actions">
          <ActionsPage planId={planId} />
        </View>
      </Route>
      <Route path="/plans/:planId/actions/:actionId/update">
        {({ actionId }) => (
          <View what="the update form">
            <UpdatePage planId={planId} actionId={actionId} />
          </View>
        )}
      </Route>
      <Route path="/plans/:planId/measures">
        <View what="the measures">
          <MeasuresPage planId={planId} />
        </View>
      </Route>
      <Route path="/plans/:planId/measures/:measureId">
        {({ measureId }) => (
          <View what="the measure">
            <MeasurePage planId={planId} measureId={measureId} />
          </View>
        )}
      </Route>
      <Route path="/plans/:planId/changes">
        <View what="the changes since the last review">
          <ChangesPage planId={planId} />
        </View>
      </Route>
      <Route path="/plans/:planId/check-in">
        <View what="the weekly check-in">
          <CheckInPage planId={planId} />
        </View>
      </Route>
      <Route path="/plans/:planId/briefing">
        <View what="the scrutiny briefing">
          <BriefingPage planId={planId} />
        </View>
      </Route>
      <Route path="/plans/:planId/board-pack">
        <View what="the board pack">
          <BoardPackPage planId={planId} />
        </View>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
