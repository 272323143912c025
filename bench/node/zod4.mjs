// zod 4: JSON.parse + safeParse (collects every issue with its path; returns a stripped copy).
import * as z from "zod";
import { run_peer } from "./harness.mjs";

const Address = z.object({ city: z.string(), street: z.string(), block: z.string() });
const User = z.object({
  name: z.string(), phoneNumber: z.string(), email: z.email(), address: Address,
});
const Users = z.array(User);

const checker = (schema) => (text) => {
  const r = schema.safeParse(JSON.parse(text));
  return {
    ok: r.success,
    issues: r.success ? [] : r.error.issues.map((i) => ({
      path: "/" + i.path.join("/"), code: i.code,
    })),
  };
};
const timer = (schema) => (text) => schema.safeParse(JSON.parse(text)).success;

run_peer("zod4", "zod 4 safeParse", () => ({
  valid: { check: checker(User), time: timer(User) },
  invalid: { check: checker(User), time: timer(User) },
  large: { check: checker(Users), time: timer(Users) },
}));
