// ajv 8 + ajv-formats, allErrors: true: JSON.parse + compiled validate (checks only, no copy).
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { run_peer } from "./harness.mjs";

const text_field = { type: "string" };
// Unknown keys are allowed, as zod's default z.object allows them.
const user = {
  type: "object",
  required: ["name", "phoneNumber", "email", "address"],
  properties: {
    name: text_field,
    phoneNumber: text_field,
    email: { type: "string", format: "email" },
    address: {
      type: "object",
      required: ["city", "street", "block"],
      properties: { city: text_field, street: text_field, block: text_field },
    },
  },
};
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate_user = ajv.compile(user);
const validate_users = ajv.compile({ type: "array", items: user });

const checker = (validate) => (text) => {
  const ok = validate(JSON.parse(text));
  return {
    ok,
    // A missing key is reported on its parent object; name the key itself, as the others do.
    issues: ok ? [] : validate.errors.map((e) => ({
      path: e.keyword === "required" ? `${e.instancePath}/${e.params.missingProperty}`
                                     : e.instancePath,
      code: e.keyword,
    })),
  };
};
const timer = (validate) => (text) => validate(JSON.parse(text));

run_peer("ajv", "ajv 8 + ajv-formats (allErrors)", () => ({
  valid: { check: checker(validate_user), time: timer(validate_user) },
  invalid: { check: checker(validate_user), time: timer(validate_user) },
  large: { check: checker(validate_users), time: timer(validate_users) },
}));
