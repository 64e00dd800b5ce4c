package jp.kochi.vrm.archtest.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;

/** A page bean that reads the database itself, bypassing the services: what the rule forbids. */
@Named
@ViewScoped
public class PlantedLeakyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    private transient EntityManager em;

    public long count() {
        return em.createQuery("select count(c) from Contractor c", Long.class).getSingleResult();
    }
}
