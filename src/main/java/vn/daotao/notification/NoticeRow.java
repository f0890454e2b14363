package vn.daotao.notification;

import java.time.Instant;
import java.util.Map;

/** One notice as the person sees it: its kind and values (texts come from {@link NotificationTexts}). */
public record NoticeRow(long id, NotificationKind kind, Map<String, Object> params, Instant createdAt, boolean seen) {}
