// Reading a whole family of keys (one prefix, ids chosen at run time). Each member is read, written
// and removed as an item of its own: memberOf(family, id).
import { browser } from 'wxt/browser';
import { decodeStored } from './stored-decode';
import { memberOf, versionKey, type StoredFamily } from './stored-item';

/** Every member by id, each as it reads (a damaged one as the fallback). Ids never end in `$`. */
export async function readStoredFamily<T, F>(family: StoredFamily<T, F>): Promise<[id: string, value: T | F][]> {
  const everything = await browser.storage[family.area].get(null);
  return Object.keys(everything)
    .filter((key) => key.startsWith(family.prefix) && !key.endsWith('$'))
    .map((key) => {
      const id = key.slice(family.prefix.length);
      const decoded = decodeStored(memberOf(family, id), everything[key], everything[versionKey(key)]);
      return [id, decoded ? decoded.data : family.fallback];
    });
}
