import { useState } from 'preact/hooks';
import { sendMessage } from '../../../lib/protocol/client';
import type { AccountSummary, TotpCode } from '../../../lib/protocol/protocol';
import { accountName } from '../../../lib/accounts/account-name';
import type { RowFill } from '../../../lib/ui/autofill/autofill-state';
import { groupCode, secondsLeft } from '../../../lib/ui/code-format';
import { IconButton } from '../../../lib/ui/icon-button';
import { PinIcon } from '../../../lib/ui/icons';
import { FillButton } from './autofill-fill-button';
import { plural, t } from '../../../lib/i18n/t';

interface AccountRowProps {
  account: AccountSummary;
  code: TotpCode | undefined;
  now: number;
  onCopied: (name: string) => void;
  onError: (error: Error) => void;
  /** Present when the active tab is a web page the code could be filled into. */
  fill?: RowFill | undefined;
  /** Pins the account to the top of the list, or unpins it. */
  onTogglePin: () => void;
}

export function AccountRow({ account, code, now, onCopied, onError, fill, onTogglePin }: AccountRowProps) {
  const name = accountName(account);
  const [hotpCode, setHotpCode] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  // An expired code is never shown or copied, even if a refresh is late.
  const current = code && code.validUntil > now ? code : undefined;
  const shown = account.type === 'hotp' ? hotpCode : current?.code;

  async function copy() {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown);
    } catch {
      onError(new Error(t('popupCodeCopyRefused')));
      return;
    }
    onCopied(name);
    // The background clears the clipboard after the delay chosen in Settings.
    sendMessage('clipboard.copied', {}).catch(onError);
  }

  async function nextHotp() {
    setAsking(true);
    try {
      const next = await sendMessage('hotp.next', { id: account.id });
      setHotpCode(next.code);
    } catch (error) {
      onError(error as Error);
    } finally {
      setAsking(false);
    }
  }

  return (
    <div class={fill ? 'account fillable' : 'account'}>
      <div class="account-names">
        <span class="issuer">{account.issuer || account.label}</span>
        {account.issuer && <span class="label">{account.label}</span>}
        {fill?.matching && <span class="site-mark">{t('popupForThisSite')}</span>}
      </div>
      <output class="code" aria-label={t('popupCodeFor', { name })}>
        {shown ? groupCode(shown) : '–'.repeat(account.digits)}
      </output>
      {account.type === 'totp' && current && (
        <Countdown seconds={secondsLeft(current.validUntil, now)} period={account.period} />
      )}
      {account.type === 'hotp' && (
        <button type="button" onClick={nextHotp} disabled={asking} aria-label={t('popupNextCodeFor', { name })}>
          {t('popupNextCode')}
        </button>
      )}
      <button type="button" onClick={copy} disabled={!shown} aria-label={t('popupCopyCodeFor', { name })}>
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
