// The field schemas that message requests share. Limits are generous for real use and small enough
// that a hostile sender cannot make the background do much work.
import { OTP_ALGORITHMS } from '../otp/types';
import * as z from '../zod';

export const empty = z.strictObject({});
export const passphrase = z.string().check(z.minLength(1), z.maxLength(1024));
export const id = z.string().check(z.minLength(1), z.maxLength(64));
export const text = (max: number) => z.string().check(z.maxLength(max));
export const algorithm = z.enum(OTP_ALGORITHMS);
export const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export const profileId = id;
export const serverPassword = z.string().check(z.minLength(1), z.maxLength(1024));
export const email = z.string().check(z.minLength(1), z.maxLength(254));
export const url = text(2048);
