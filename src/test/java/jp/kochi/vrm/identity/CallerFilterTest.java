package jp.kochi.vrm.identity;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;

class CallerFilterTest {

    @Test
    void aRefusalIsFoundHoweverItIsWrapped() {
        AccessRefused refused = new AccessRefused("HomeSummary.counts needs one of [admin]");
        assertSame(refused, CallerFilter.refusal(refused));
        assertSame(refused, CallerFilter.refusal(
                new FacesException(new RuntimeException("bean", new InvocationTargetException(refused)))));
        assertSame(refused, CallerFilter.refusal(new ServletException("faces", refused)));
    }

    @Test
    void otherFailuresAreNotRefusals() {
        assertNull(CallerFilter.refusal(new ServletException("faces", new EJBException("database"))));
        assertNull(CallerFilter.refusal(new IllegalStateException()));
    }
}
