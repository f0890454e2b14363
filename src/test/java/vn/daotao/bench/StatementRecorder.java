package vn.daotao.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the statements the application really runs (text and bound values), so that a benchmark can
 * run exactly the same statement over a bare connection as its baseline, without the application having
 * to expose its SQL. Installed as a bean post-processor that wraps the data source.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** One executed prepared statement: its SQL with {@code ?} placeholders and the values bound to them. */
    record Statement(String sql, Map<Integer, Object> values) {}

    private final List<Statement> executed = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
    }

    /** The latest executed statement whose SQL matches. */
    Statement last(Predicate<String> sql) {
        synchronized (executed) {
            for (int i = executed.size() - 1; i >= 0; i--) {
                if (sql.test(executed.get(i).sql())) {
                    return executed.get(i);
                }
            }
        }
        throw new IllegalStateException("No such statement was executed");
    }

    /** Runs the statement on a bare connection and reads every row; returns the row count. */
    static long replay(Connection bare, Statement statement, int fetchSize) throws SQLException {
        try (PreparedStatement ps = prepare(bare, statement.sql(), statement)) {
            ps.setFetchSize(fetchSize);
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** The plan of the statement with its values, as EXPLAIN (ANALYZE, BUFFERS) prints it. */
    static List<String> explain(Connection bare, Statement statement) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement ps = prepare(bare, "explain (analyze, buffers) " + statement.sql(), statement);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                plan.add(rs.getString(1));
            }
        }
        return plan;
    }

    private static PreparedStatement prepare(Connection bare, String sql, Statement statement) throws SQLException {
        PreparedStatement ps = bare.prepareStatement(sql);
        for (Map.Entry<Integer, Object> value : statement.values().entrySet()) {
            ps.setObject(value.getKey(), value.getValue());
        }
        return ps;
    }

    private DataSource wrap(DataSource target) {
        return proxy(
                DataSource.class,
                target,
                (method, args, result) -> result instanceof Connection c ? proxyConnection(c) : result);
    }

    private Connection proxyConnection(Connection target) {
        return proxy(
                Connection.class,
                target,
                (method, args, result) -> method.equals("prepareStatement") && result instanceof PreparedStatement ps
                        ? proxyStatement(ps, (String) args[0])
                        : result);
    }

    private PreparedStatement proxyStatement(PreparedStatement target, String sql) {
        Map<Integer, Object> values = new TreeMap<>();
        return (PreparedStatement) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("setNull") && args[0] instanceof Integer index) {
                        values.put(index, null);
                    } else if (name.startsWith("set")
                            && args != null
                            && args.length >= 2
                            && args[0] instanceof Integer index) {
                        values.put(index, args[1]);
                    } else if (name.startsWith("execute")) {
                        executed.add(new Statement(sql, new TreeMap<>(values)));
                    }
                    return invoke(target, method, args);
                });
    }

    private interface After {
        Object apply(String method, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler =
                (proxy, method, args) -> after.apply(method.getName(), args, invoke(target, method, args));
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
