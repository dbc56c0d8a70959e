import { useEffect, useState } from 'preact/hooks';
import type { IssuerIcon } from './issuer-icons/issuer-names';
import { issuerIcon } from './issuer-icons/issuer-names';
import { monogramLetters, monogramStyle } from './monogram';
import './account-face.css';

type Marks = Readonly<Record<IssuerIcon, string>>;

// The marks are loaded once per page, the first time a face needs one; until then (and if the
// chunk cannot load) the monogram stands in, so nothing waits for them.
let marks: Marks | undefined;
let loading: Promise<Marks> | undefined;
function loadMarks(): Promise<Marks> {
  loading ??= import('./issuer-icons/issuer-marks').then((module) => (marks = module.ISSUER_MARKS));
  return loading;
}

function useMarks(): Marks | undefined {
  const [loaded, setLoaded] = useState(marks);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadMarks().then(
      (value) => current && setLoaded(value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [loaded]);
  return loaded;
}

interface AccountFaceProps {
  account: { issuer?: string; label: string };
}

/**
 * An account's face: the built-in mark of a well-known issuer, else its monogram, on the issuer's
 * colour. Decorative: the account's name is always next to it, so it is hidden from screen readers.
 * Only a face with a mark waits for one: the others are plain letters, with no state of their own.
 */
export function AccountFace({ account }: AccountFaceProps) {
  const icon = issuerIcon(account.issuer);
  return icon ? <MarkFace account={account} icon={icon} /> : <Face account={account} />;
}

function MarkFace({ account, icon }: AccountFaceProps & { icon: IssuerIcon }) {
  const mark = useMarks()?.[icon];
  return <Face account={account} mark={mark} />;
}

function Face({ account, mark }: AccountFaceProps & { mark?: string | undefined }) {
  return (
    <span class="account-face" aria-hidden="true" style={monogramStyle(account)}>
      {mark ? (
        <svg viewBox="0 0 24 24" focusable="false">
          <path d={mark} />
        </svg>
      ) : (
        monogramLetters(account)
      )}
    </span>
  );
}
