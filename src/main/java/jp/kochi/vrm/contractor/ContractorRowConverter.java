package jp.kochi.vrm.contractor;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A contractor chosen in a picker travels as its id (a CDI bean, named in the page, so the register is injected). */
@Named
@ApplicationScoped
public class ContractorRowConverter implements Converter<ContractorListRow> {

    @Inject
    private ContractorRegister register;

    @Override
    public ContractorListRow getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("[0-9]{1,18}")) {
            return null;
        }
        return register.row(Long.valueOf(value)).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ContractorListRow value) {
        return value == null ? "" : value.getId().toString();
    }
}
