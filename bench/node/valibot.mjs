// valibot 1: JSON.parse + safeParse (collects every issue; returns a stripped copy).
import * as v from "valibot";
import { run_peer } from "./harness.mjs";

const Address = v.object({ city: v.string(), street: v.string(), block: v.string() });
const User = v.object({
  name: v.string(), phoneNumber: v.string(), email: v.pipe(v.string(), v.email()),
  address: Address,
});
const Users = v.array(User);

const checker = (schema) => (text) => {
  const r = v.safeParse(schema, JSON.parse(text));
  return {
    ok: r.success,
    issues: r.success ? [] : r.issues.map((i) => ({
      path: "/" + (i.path ?? []).map((p) => p.key).join("/"), code: i.type,
    })),
  };
};
const timer = (schema) => (text) => v.safeParse(schema, JSON.parse(text)).success;

run_peer("valibot", "valibot 1 safeParse", () => ({
  valid: { check: checker(User), time: timer(User) },
  invalid: { check: checker(User), time: timer(User) },
  large: { check: checker(Users), time: timer(Users) },
}));
