// typia's input: plain TypeScript types. `typia generate` expands the createValidate calls
// into specialised validator code ahead of time (AOT); build-typia.sh then compiles it to JS.
import typia, { tags } from "typia";

export interface Address {
  city: string;
  street: string;
  block: string;
}

export interface CreateUserRequest {
  name: string;
  phoneNumber: string;
  email: string & tags.Format<"email">;
  address: Address;
}

export const validate_user = typia.createValidate<CreateUserRequest>();
export const validate_users = typia.createValidate<CreateUserRequest[]>();
