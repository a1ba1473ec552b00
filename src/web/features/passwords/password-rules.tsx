import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The server's password policy decides (src/server/modules/accounts/password-policy.ts); these mirror it as hints.
export const PASSWORD_MIN_LENGTH = 12;
export const RESET_LINK_MINUTES = 30;

/** The rules a new password must follow, shown before it is sent (and read out with the password field). */
export function PasswordRules() {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm">{t('passwords.reset.rulesHeading')}</Text>
      <List size="sm" withPadding>
        <List.Item>{t('passwords.reset.ruleLength', { min: PASSWORD_MIN_LENGTH })}</List.Item>
        <List.Item>{t('passwords.reset.ruleCommon')}</List.Item>
        <List.Item>{t('passwords.reset.rulePersonal')}</List.Item>
      </List>
      <Text size="sm">{t('passwords.reset.tip')}</Text>
    </Stack>
  );
}
