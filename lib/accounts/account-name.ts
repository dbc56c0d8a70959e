// How the pages name accounts in sentences, row labels and buttons, so that a name the user reads
// in one place (the popup's list) is the name a button says in another (the management page).

/** "Bank (carol)", or just the account name when there is no issuer. */
export function accountName(account: { issuer?: string; label: string }): string {
  return account.issuer ? `${account.issuer} (${account.label})` : account.label;
}
