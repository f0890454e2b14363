package vn.daotao;

import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.daotao.base.runtime.ShutdownDeadline;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        var context = SpringApplication.run(Application.class, args);
        // Installed for real launches only (tests start contexts without main): SIGTERM always ends the process.
        ShutdownDeadline.install(
                context.getEnvironment().getProperty("app.shutdown.deadline", Duration.class, Duration.ofSeconds(30)));
    }
}
