package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpenCallRepository extends JpaRepository<OpenCall, Long> {

    List<OpenCall> findAllByOrderByCycleDescNetworkAsc();

    /** The public lists' summaries, the latest deadline first (the summary's columns only). */
    @Query("select new org.healthequity.exchange.opencall.CallSummaryRow(c.id, c.network, c.cycle, c.title, c.status,"
            + " c.timeZone, c.opensAt, c.closesAt) from OpenCall c where c.status in ?1 order by c.closesAt desc")
    List<CallSummaryRow> summariesByStatusInOrderByClosesAtDesc(Collection<CallStatus> statuses);

    @Query("select c from OpenCall c where c.status = org.healthequity.exchange.opencall.CallStatus.OPEN"
            + " and c.closesAt < ?1")
    List<OpenCall> findOpenPast(Instant now);

    boolean existsByNetworkAndCycle(Network network, int cycle);

    /** The calls in these states, for the search index (a handful a year). */
    List<OpenCall> findByStatusInOrderById(Collection<CallStatus> statuses);

    long countByStatusIn(Collection<CallStatus> statuses);
}
