import { Box, Drawer, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavItems, SessionControls } from './navigation';

/** The navigation on small screens, in a drawer opened by the header's burger button. */
export default function MobileNavigation({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      id="mobile-navigation"
      title={t('app.navigation')}
      size="xs"
      closeButtonProps={{ 'aria-label': t('app.closeNavigation') }}
    >
      <Stack gap="xs" component="nav" aria-label={t('app.mainNavigation')}>
        <NavItems onNavigate={onClose} />
        <Box pt="sm">
          <SessionControls onDone={onClose} />
        </Box>
      </Stack>
    </Drawer>
  );
}
