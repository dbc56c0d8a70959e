import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { AccountSummary, TotpCode } from '../../../lib/protocol/protocol';
import { accountName } from '../../../lib/accounts/account-name';
import { AccountFace } from '../../../lib/ui/account-face';
import type { RowFill } from '../../../lib/ui/autofill/autofill-state';
import { groupCode, secondsLeft, usableCode } from '../../../lib/ui/code-format';
import { PinIcon } from '../../../lib/ui/icons';
import { ROW_PRIMARY } from '../../../lib/ui/virtual-list';
import { FillButton } from './autofill-fill-button';
import { plural, t } from '../../../lib/i18n/t';

interface AccountRowProps {
  account: AccountSummary;
  code: TotpCode | undefined;
  /** The counter-based account's code, once asked for (kept by the list, so Enter can copy it too). */
  counterCode: string | undefined;
  now: number;
  /** Copies the row's code (the list owns copying, which Enter in the search field uses too). */
  onCopy: () => void;
  onCounterCode: (code: string) => void;
  onError: (error: Error) => void;
  /** Present when the active tab is a web page the code could be filled into. */
  fill?: RowFill | undefined;
  /** Pins the account to the top of the list, or unpins it. */
  onTogglePin: () => void;
}

export function AccountRow({ account, code, counterCode, now, onCopy, onCounterCode, onError, fill, onTogglePin }: AccountRowProps) {
  const name = accountName(account);
  const current = code && code.validUntil > now ? code : undefined;
  const shown = usableCode(account.type, code, counterCode, now);

  // The arrow keys land on the row's primary control (VirtualList): Copy, or Next code while a
  // counter-based account has no code to copy yet.
  const copyIsPrimary = account.type === 'totp' || shown !== undefined;
  const pinLabel = account.pinned ? t('popupCalmUnpin', { name }) : t('popupCalmPin', { name });
  // The row's cells, laid out by the list's row itself (class "account"): no wrapper per row.
  return (
    <>
      <AccountFace account={account} />
      <div class="account-names">
        <span class="issuer">{account.issuer || account.label}</span>
        {account.issuer && <span class="label">{account.label}</span>}
        {fill?.matching && <span class="site-mark">{t('popupForThisSite')}</span>}
      </div>
      {/* A click on the code copies it, for the mouse; the keyboard has the Copy button beside it. */}
      <output class="code" aria-label={t('popupCodeFor', { name })} title={shown ? t('popupKeysClickToCopy') : undefined} onClick={onCopy}>
        {shown ? groupCode(shown) : '–'.repeat(account.digits)}
      </output>
      {account.type === 'totp' && current && (
        <Countdown seconds={secondsLeft(current.validUntil, now)} period={account.period} />
      )}
      {account.type === 'hotp' && (
        <NextCodeButton id={account.id} name={name} primary={!copyIsPrimary} onCounterCode={onCounterCode} onError={onError} />
      )}
      {/* aria-disabled, not disabled: the arrow keys must be able to land on a row whose code is on its way. */}
      <button
        type="button"
        onClick={() => shown && onCopy()}
        aria-disabled={!shown || undefined}
        aria-label={t('popupCopyCodeFor', { name })}
        {...(copyIsPrimary && { [ROW_PRIMARY]: '' })}
      >
        {t('popupCopy')}
      </button>
      {fill && (
        <FillButton name={name} text={t('popupFill')} blocked={fill.blocked} returning={fill.returning} onFill={fill.onFill} />
      )}
      {/* IconButton's look without its focus hook: nothing a row's Pin opens gives the focus back. */}
      <button
        type="button"
        class={account.pinned ? 'icon-button pin pinned' : 'icon-button pin'}
        aria-label={pinLabel}
        title={pinLabel}
        onClick={onTogglePin}
      >
        <PinIcon pinned={account.pinned === true} />
      </button>
    </>
  );
}

/** Asks for a counter-based account's next code (the only row control with a state of its own). */
function NextCodeButton(props: { id: string; name: string; primary: boolean; onCounterCode: (code: string) => void; onError: (error: Error) => void }) {
  const { id, name, primary, onCounterCode, onError } = props;
  const [asking, setAsking] = useState(false);

  async function nextHotp() {
    setAsking(true);
    try {
      const next = await sendMessage('hotp.next', { id });
      onCounterCode(next.code);
    } catch (error) {
      onError(error as Error);
    } finally {
      setAsking(false);
    }
  }

  return (
    <button
      type="button"
      onClick={nextHotp}
      disabled={asking}
      aria-label={t('popupNextCodeFor', { name })}
      {...(primary && { [ROW_PRIMARY]: '' })}
    >
      {t('popupNextCode')}
    </button>
  );
}

/**
 * The seconds left, inside a ring that empties as they run out. One element: the ring is drawn by
 * the stylesheet from `--left` (the share of the period left), since every row on screen has one.
 */
function Countdown({ seconds, period }: { seconds: number; period: number }) {
  return (
    <span
      class={seconds <= 5 ? 'countdown ending' : 'countdown'}
      role="timer"
      aria-label={plural('popupSecondsLeft', seconds)}
      style={{ '--left': seconds / period }}
    >
      {seconds}
    </span>
  );
}
