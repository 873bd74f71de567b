export { countNavigation, type NavigationCounts } from "./count-navigation.ts";
export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
  NOTIFICATIONS_PAGE_SIZE,
} from "./list-notifications.ts";
export { type NotificationKind, notifyUser } from "./notify-user.ts";
export {
  buildNotificationEmail,
  type MailTransport,
  sendNotificationEmails,
} from "./send-notification-emails.ts";
