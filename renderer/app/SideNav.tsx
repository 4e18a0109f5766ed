/** The left-hand navigation: which home this is, and the screens that exist. */
import { useMemo } from 'react';
import { NavLink } from 'react-router';
import type { HomeSettings } from '../../shared/settings/homeSettings';
import { logoDataUrl } from '../features/settings/logoDataUrl';
import { auditsNavLabel, paths } from './paths';

const links = [
  { to: paths.dashboard, label: 'Dashboard' },
  { to: paths.staff, label: 'Staff register' },
  { to: paths.appraisals, label: 'Appraisals' },
  { to: paths.records, label: 'Records' },
  { to: paths.audits, label: auditsNavLabel },
  { to: paths.framework, label: 'Framework' },
  { to: paths.settings, label: 'Care home settings' },
  { to: paths.backups, label: 'Backups' },
  { to: paths.about, label: 'About' },
] as const;

export function SideNav({ settings }: { settings: HomeSettings }) {
  const logoUrl = useMemo(
    () => (settings.logo === null ? null : logoDataUrl(settings.logo)),
    [settings.logo],
  );
  return (
    <nav className="side-nav" aria-label="Main">
      <div className="side-nav__home">
        {logoUrl !== null && <img className="side-nav__logo" src={logoUrl} alt="" />}
        <p className="side-nav__home-name">{settings.homeName}</p>
        <p className="side-nav__product">Care Appraisals</p>
      </div>
      <ul className="side-nav__links">
        {links.map((link) => (
          <li key={link.to}>
            {/* `end` so the dashboard ('/') and settings are not marked current on the screens below them. */}
            <NavLink
              to={link.to}
              end={link.to === paths.dashboard || link.to === paths.settings}
              className="side-nav__link"
            >
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
