package vn.daotao.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events. Each method says which transaction the event joins: refusals and sign-in events
 * commit in their own transaction ({@code ...InOwnTransaction}), so they survive the rollback of the work
 * that was refused; changes commit or roll back with the change ({@code ...InCurrentTransaction}, which
 * requires one), so an event exists exactly when its change does.
 */
@Service
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final SecurityContextHolderStrategy holder;

    AuditLog(JdbcClient jdbc, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.jdbc = jdbc;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Records an action of the signed-in person (or of nobody, when signed out). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordInOwnTransaction(
            AuditAction action, AuditTarget targetType, Object targetId, Map<String, ?> details) {
        Authentication authentication = holder.getContext().getAuthentication();
        String actor = authentication == null
                        || !authentication.isAuthenticated()
                        || "anonymousUser".equals(authentication.getName())
                ? null
                : authentication.getName();
        recordAsInOwnTransaction(actor, action, targetType, targetId, details);
    }

    /** Records an action on behalf of a named user, e.g. a sign-in attempt before anyone is signed in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAsInOwnTransaction(
            String actorUsername, AuditAction action, AuditTarget targetType, Object targetId, Map<String, ?> details) {
        insert(actorUsername, action, targetType, targetId, details);
    }

    private void insert(
            String actorUsername, AuditAction action, AuditTarget targetType, Object targetId, Map<String, ?> details) {
        jdbc.sql("""
                        insert into audit_event (actor_id, actor_username, action, target_type, target_id, details, remote_address)
                        values ((select id from app_user where username = :actor), :actor, :action, :targetType,
                                :targetId, cast(:details as jsonb), :remote)""")
                .param("actor", actorUsername)
                .param("action", action.name())
                .param("targetType", targetType.name())
                .param("targetId", targetId == null ? null : targetId.toString())
                .param("details", JSON.writeValueAsString(details == null ? Map.of() : details))
                .param("remote", remoteAddress())
                .update();
    }

    /**
     * Records a change made by the signed-in person, in the transaction that makes it: the event exists
     * exactly when the change does. For refusals, use {@link #recordInOwnTransaction} (they must survive the rollback).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChangeInCurrentTransaction(
            AuditAction action, AuditTarget targetType, Object targetId, Map<String, ?> details) {
        Authentication authentication = holder.getContext().getAuthentication();
        insert(authentication == null ? null : authentication.getName(), action, targetType, targetId, details);
    }

    /**
     * Records an event that must commit or roll back with the surrounding work (a certificate issued is
     * only audited if it really is issued).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAsInCurrentTransaction(
            String actorUsername, AuditAction action, AuditTarget targetType, Object targetId, Map<String, ?> details) {
        insert(actorUsername, action, targetType, targetId, details);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
