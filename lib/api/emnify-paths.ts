// Path building for EMnify: ids and usernames (e-mail addresses) go into paths, so each segment
// is percent-encoded; "my" is the server's alias for the logged-in user. @see api-contract §1.3, §1.4

/** One path segment from an id or a username. */
export function segment(value: number | string): string {
  return encodeURIComponent(String(value));
}

/** `/api/v1/user/my` for the logged-in user, else `/api/v1/user/{id}`. */
export function userPath(userId?: number | string): string {
  return `/api/v1/user/${userId === undefined ? 'my' : segment(userId)}`;
}
