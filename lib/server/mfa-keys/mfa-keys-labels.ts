// Names of MFA key types and statuses. The user record names them with `name`, the lookup lists
// with `description` (docs/api-contract.md §1.3); the API layer reads both. When a key still comes without
// one, the lookup lists are asked once, and a failed lookup falls back to the number.
import type { EmnifyClient, Labelled, MfaKey } from '../../api';

export type KeyLabels = { type(key: MfaKey): string; status(key: MfaKey): string };

async function lookup(list: () => Promise<Labelled[]>): Promise<Map<number, string>> {
  try {
    const entries = await list();
    return new Map(entries.flatMap(({ id, description }) => (description ? [[id, description] as const] : [])));
  } catch {
    // Names are a nicety: the keys are still worth listing with their numbers.
    return new Map();
  }
}

export async function keyLabels(client: EmnifyClient, keys: MfaKey[]): Promise<KeyLabels> {
  const needTypes = keys.some((key) => key.type !== undefined && !key.type.description);
  const needStatuses = keys.some((key) => key.status !== undefined && !key.status.description);
  const [types, statuses] = await Promise.all([
    needTypes ? lookup(() => client.listMfaTypes()) : new Map<number, string>(),
    needStatuses ? lookup(() => client.listMfaStatuses()) : new Map<number, string>(),
  ]);
  const name = (label: Labelled | undefined, names: Map<number, string>, kind: string) =>
    label === undefined ? 'Unknown' : (label.description ?? names.get(label.id) ?? `${kind} ${label.id}`);
  return {
    type: (key) => name(key.type, types, 'Type'),
    status: (key) => name(key.status, statuses, 'Status'),
  };
}
