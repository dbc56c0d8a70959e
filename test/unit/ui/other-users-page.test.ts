// The Other users section's own rules: the id it accepts, the names and warnings it writes, and
// which answers it may show.
import { describe, expect, it } from 'vitest';
import { newestAnswer } from '../../../entrypoints/options/views/other-users/newest-answer';
import { keyDeleteWarning, otherUserName, userIdFrom } from '../../../entrypoints/options/views/other-users/other-user-text';

const SENTENCE = "Type the user's id as a whole number from 1 upwards, such as 1002.";

describe('the user id field', () => {
  it('takes a positive whole number, spaces around it aside', () => {
    expect(userIdFrom('1002')).toBe(1002);
    expect(userIdFrom(' 7 ')).toBe(7);
    expect(userIdFrom(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(['', '0', '-3', '1.5', '1e3', '0x10', 'alice@example.com', '12 34', String(Number.MAX_SAFE_INTEGER + 2)])(
    'refuses %j with a sentence that says what to type',
    (typed) => {
      expect(() => userIdFrom(typed)).toThrow(SENTENCE);
    },
  );
});

describe('names and warnings', () => {
  const profile = { name: 'Production' };

  it('names the user by e-mail address and id, or by id when the server gave no address', () => {
    expect(otherUserName({ userId: 1002, username: 'alice@example.com', profile })).toBe('alice@example.com (id 1002) on Production');
    expect(otherUserName({ userId: 1002, profile })).toBe('User 1002 on Production');
  });

  it('warns, in one sentence, that the user will need to enrol again', () => {
    expect(keyDeleteWarning({ userId: 1002, username: 'alice@example.com' })).toBe(
      "alice@example.com will need to enrol again: this key's codes will no longer be accepted.",
    );
    expect(keyDeleteWarning({ userId: 1002 })).toMatch(/^User 1002 will need to enrol again: [^.]+\.$/u);
  });
});

describe('which answers may be shown', () => {
  it('only the newest request, and only for the user it asked about', () => {
    const answers = newestAnswer();
    const first = answers.begin(1002);
    expect(first(1002)).toBe(true);
    expect(first(1003)).toBe(false);
    const second = answers.begin(1003);
    expect(first(1002)).toBe(false);
    expect(second(1003)).toBe(true);
  });

  it('none of those in flight after a change of login', () => {
    const answers = newestAnswer();
    const pending = answers.begin(1002);
    answers.dropAll();
    expect(pending(1002)).toBe(false);
    expect(answers.begin(1002)(1002)).toBe(true);
  });
});
