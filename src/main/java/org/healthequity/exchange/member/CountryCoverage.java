package org.healthequity.exchange.member;

/** How one Member State is represented in the networks: members by network and HIM member institutions. */
public record CountryCoverage(String iso2, String name, String region, int gknheMembers, int himMembers,
        int himInstitutions) {

    public boolean uncovered() {
        return gknheMembers == 0 && himMembers == 0 && himInstitutions == 0;
    }
}
