package jp.kochi.vrm.archtest.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A page bean that holds no EntityManager. */
@Named
@RequestScoped
public class PlantedCleanView {

    public String title() {
        return "title";
    }
}
