package vn.daotao.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Pages name no framework versions. Outside production mode (./mvnw spring-boot:run) Vaadin writes a script with
 * the versions of Vaadin, Java, Spring and Spring Boot into every page for its usage statistics, whatever the
 * statistics setting; it is taken out before the page is sent.
 */
@Component
class NoVersionsInPage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().select("script").stream()
                .filter(script -> script.data().contains("Vaadin.registrations"))
                .forEach(Element::remove));
    }
}
