/** Follows the native menu (File > New member of staff, Help > About...) to the screen it names. */
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onMenuNavigate } from '../actions/menuNavigation';
import { menuTargetPaths } from './paths';

export function useMenuNavigation(): void {
  const navigate = useNavigate();
  useEffect(
    () =>
      onMenuNavigate((to) => {
        void navigate(menuTargetPaths[to]);
      }),
    [navigate],
  );
}
