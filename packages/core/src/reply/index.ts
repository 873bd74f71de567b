export { CONTACT_METHOD_LABEL, CONTACT_METHODS } from "./labels.ts";
export {
  addSpeakerContact,
  listSpeakerContacts,
  type SpeakerContactInput,
  updateSpeakerContact,
  ZSpeakerContact,
} from "./speaker-contacts.ts";
