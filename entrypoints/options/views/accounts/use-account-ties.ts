import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { sendMessage } from '../../../../lib/protocol/client';
import type { AccountSummary, AccountTie, ServerProfile } from '../../../../lib/protocol/protocol';
import { t } from '../../../../lib/i18n/t';
import { useLoaded } from '../shared/use-loaded';

/** Whom an account logs in as, named for the page: "ann@example.org" on "Sandbox". */
export type TieView = { username: string; server: string };

type Ties = { ties: AccountTie[]; profiles: ServerProfile[]; selectedId: string };

const loadTies = async (): Promise<Ties> => {
  const [ties, { profiles, selectedId }] = await Promise.all([sendMessage('ties.list', {}), sendMessage('profiles.list', {})]);
  return { ties, profiles, selectedId };
};

/**
 * Which server user each account logs in to, and the servers a tie can name (EMnify ones: their
 * login has the MFA step the vault answers). Read again whenever the account list changes: an
 * account brought back by Undo brings its tie back with it.
 */
export function useAccountTies(accounts: AccountSummary[] | undefined) {
  const data = useLoaded(loadTies);
  const { reload, update } = data;
  useEffect(() => {
    if (accounts) void reload();
  }, [accounts, reload]);
  const loaded = data.state.kind === 'loaded' ? data.state.value : undefined;

  const tieOf = useMemo(() => {
    const names = new Map(loaded?.profiles.map((profile) => [profile.id, profile.name]));
    const byAccount = new Map(
      loaded?.ties.map((tie) => [tie.accountId, { username: tie.username, server: names.get(tie.profileId) ?? t('manageUnlistedServer') }]),
    );
    return (accountId: string): TieView | undefined => byAccount.get(accountId);
  }, [loaded]);

  const show = useCallback((ties: AccountTie[]) => update((current) => ({ ...current, ties })), [update]);
  const servers = loaded?.profiles.filter((profile) => profile.kind === 'emnify') ?? [];
  return {
    tieOf,
    servers,
    /** The server a new tie starts with: the one the popup has selected, when it can be tied. */
    firstServer: (servers.find((profile) => profile.id === loaded?.selectedId) ?? servers[0])?.id ?? '',
    tie: async (accountId: string, profileId: string, username: string) => show(await sendMessage('ties.tie', { accountId, profileId, username })),
    untie: async (accountId: string) => show(await sendMessage('ties.untie', { accountId })),
  };
}

export type AccountTies = ReturnType<typeof useAccountTies>;
