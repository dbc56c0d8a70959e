import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { AccountSummary, TotpCode } from '../../../lib/protocol/protocol';
import { accountName } from '../../../lib/accounts/account-name';
import { AccountFace } from '../../../lib/ui/account-face';
import type { RowFill } from '../../../lib/ui/autofill/autofill-state';
import { groupCode, secondsLeft, usableCode } from '../../../lib/ui/code-format';
import { IconButton } from '../../../lib/ui/icon-button';
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
  const [asking, setAsking] = useState(false);
  const current = code && code.validUntil > now ? code : undefined;
  const shown = usableCode(account.type, code, counterCode, now);

  async function nextHotp() {
    setAsking(true);
    try {
      const next = await sendMessage('hotp.next', { id: account.id });
      onCounterCode(next.code);
    } catch (error) {
      onError(error as Error);
    } finally {
      setAsking(false);
    }
  }

  // The arrow keys land on the row's primary control (VirtualList): Copy, or Next code while a
  // counter-based account has no code to copy yet.
  const copyIsPrimary = account.type === 'totp' || shown !== undefined;
  return (
    <div class={fill ? 'account fillable' : 'account'}>
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
        <button
          type="button"
          onClick={nextHotp}
          disabled={asking}
          aria-label={t('popupNextCodeFor', { name })}
          {...(!copyIsPrimary && { [ROW_PRIMARY]: '' })}
        >
          {t('popupNextCode')}
        </button>
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
      <IconButton
        class={account.pinned ? 'pin pinned' : 'pin'}
        icon={<PinIcon pinned={account.pinned === true} />}
        label={account.pinned ? t('popupCalmUnpin', { name }) : t('popupCalmPin', { name })}
        onClick={onTogglePin}
      />
    </div>
  );
}

function Countdown({ seconds, period }: { seconds: number; period: number }) {
  return (
    <span class={seconds <= 5 ? 'countdown ending' : 'countdown'} role="timer" aria-label={plural('popupSecondsLeft', seconds)}>
      <svg viewBox="0 0 36 36" aria-hidden="true">
        <circle class="track" cx="18" cy="18" r="15" />
        <circle class="left" cx="18" cy="18" r="15" pathLength={period} stroke-dasharray={`${seconds} ${period}`} />
      </svg>
      <span>{seconds}</span>
    </span>
  );
}
