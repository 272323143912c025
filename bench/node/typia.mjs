// typia 12 validate (AOT): JSON.parse + a validator generated ahead of time from TypeScript types
// by build-typia.sh. Collects every error with its path; checks only, returns no copy.
import { run_peer } from "./harness.mjs";
import { validate_user, validate_users } from "./gen/js/user.js";

const checker = (validate) => (text) => {
  const r = validate(JSON.parse(text));
  return {
    ok: r.success,
    // typia names paths "$input.address.block"; turn them into pointers like the others.
    issues: r.success ? [] : r.errors.map((e) => ({
      path: e.path.replace(/^\$input/, "").replace(/\./g, "/").replace(/\[(\d+)\]/g, "/$1"),
      code: e.expected,
    })),
  };
};
const timer = (validate) => (text) => validate(JSON.parse(text)).success;

run_peer("typia", "typia 12 validate (AOT)", () => ({
  valid: { check: checker(validate_user), time: timer(validate_user) },
  invalid: { check: checker(validate_user), time: timer(validate_user) },
  large: { check: checker(validate_users), time: timer(validate_users) },
}));
