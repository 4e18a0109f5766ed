/** The frame around every screen after setup: skip link, navigation, status messages. */
import { useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import type { HomeSettings } from '../../shared/settings/homeSettings';
import { NoticeContext } from '../components/noticeContext';
import { StatusMessage } from '../components/StatusMessage';
import { useRouteNotice } from '../components/useRouteNotice';
import { useDatabase } from './databaseContext';
import { SideNav } from './SideNav';
import { DailyBackupContext, useDailyBackup } from './useDailyBackup';
import { useMenuNavigation } from './useMenuNavigation';
import { StartupContext, useStartupReconcile } from './useStartupReconcile';

export function Layout({ settings }: { settings: HomeSettings }) {
  const { pathname } = useLocation();
  const { notice, notify } = useRouteNotice(pathname);
  const mainRef = useRef<HTMLElement>(null);
  useMenuNavigation();
  const db = useDatabase();
  const startup = useStartupReconcile(db);
  const dailyBackup = useDailyBackup(db, startup);

  return (
    <StartupContext value={startup}>
      <DailyBackupContext value={dailyBackup}>
        <NoticeContext value={notify}>
          {/* The hash router owns the URL fragment, so the skip link moves focus itself. */}
          <a
            href="#main-content"
            className="skip-link"
            onClick={(event) => {
              event.preventDefault();
              mainRef.current?.focus();
            }}
          >
            Skip to main content
          </a>
          <div className="app-layout">
            <SideNav settings={settings} />
            <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
              <StatusMessage notice={notice} />
              <Outlet />
            </main>
          </div>
        </NoticeContext>
      </DailyBackupContext>
    </StartupContext>
  );
}
