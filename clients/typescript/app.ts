// What a mobile or web app writes against the generated types: it must compile under --strict, so the contract's
// promises (required fields, nullable ones, enums, operation names) are what a client really gets.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/loopin";

type Problem = components["schemas"]["Problem"];
type SignedUp = components["schemas"]["TokenEnvelopeSignupData"];
type Profile = components["schemas"]["ProfileDetails"];

const api = createClient<paths>({ baseUrl: "http://localhost:8000" });

export async function signUp(phone: string, code: string): Promise<string> {
  const sent = await api.POST("/api/auth/signup", { body: { phone_number: phone } });
  if (sent.error) {
    const problem: Problem = sent.error;
    if (problem.code === "OTP_COOLDOWN" || problem.code === "SMS_SEGMENT_THROTTLED") {
      return `wait ${problem.retry_after_seconds ?? 60} s`;
    }
    throw new Error(problem.message);
  }
  const expires: number = sent.data.data.otp_expires_in;
  const verified = await api.POST("/api/auth/verify-otp", { body: { phone_number: phone, otp_code: code } });
  if (verified.error) {
    throw new Error(verified.error.message);
  }
  const signedUp: SignedUp = verified.data;
  const token: string = signedUp.token; // required, never optional
  const refresh: string = signedUp.refresh_token;
  return `${token} ${refresh} ${expires}`;
}

export function greeting(profile: Profile): string {
  const name: string | null = profile.name; // null until the profile is completed
  const gender: "male" | "female" | "other" | null = profile.gender;
  return `${name ?? "there"} (${gender ?? "unknown"}), ${profile.event_interests.length} interests`;
}

export async function uploadPicture(token: string, photo: Blob): Promise<string> {
  const uploaded = await api.POST("/api/auth/profile/pictures", {
    headers: { Authorization: `Bearer ${token}` },
    body: { file: "" },
    bodySerializer() {
      const form = new FormData();
      form.append("file", photo, "photo.jpg");
      return form;
    },
  });
  if (uploaded.error) {
    throw new Error(uploaded.error.message);
  }
  const url: string = uploaded.data.url; // goes into profile_pictures
  return url;
}
