import { Route, Switch } from 'wouter';
import { OverviewPage } from '../features/overview/overview-page';
import { PlanPickerPage } from '../features/plan-picker/plan-picker-page';
import { AppLayout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PlanLayout } from './plan-layout';

/** Every view has a stable URL; see the README's table of routes. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <AppLayout>
          <PlanPickerPage />
        </AppLayout>
      </Route>
      <Route path="/plans/:planId">
        {({ planId }) => (
          <PlanLayout planId={planId}>
            <OverviewPage planId={planId} />
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
