package com.loopin.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.support.ModulePlatform;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The leads export (second review, finding 10): read in chunks that each stay within the statement timeout, handed
 * over outside any transaction, and one export per member at a time.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class LeadExportTests {

    @Autowired
    Leads leads;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExportLargerThanAChunkHasEveryMatchOnceNewestFirstAndHoldsNoTransactionWhileHandingOver() {
        String prefix = "+9170" + ThreadLocalRandom.current().nextInt(1000, 9999);
        int count = Leads.EXPORT_CHUNK + 7;
        jdbc.sql("""
                        insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent,
                                                created_at, updated_at)
                        select ? || lpad(cast(n as varchar), 4, '0'), now(), now(), 1, now(), now()
                        from generate_series(0, ? - 1) n""").params(prefix, count).update();
        List<String> numbers = new ArrayList<>();
        List<Boolean> inTransaction = new ArrayList<>();

        long exported =
                leads.export(
                        Actor.staff("exporter"), new LeadFilter(prefix, null, null, null), ZoneOffset.UTC, lead -> {
                            numbers.add(lead.phoneNumber());
                            inTransaction.add(org.springframework.transaction.support.TransactionSynchronizationManager
                                    .isActualTransactionActive());
                        });

        assertThat(exported).isEqualTo(count);
        assertThat(numbers).hasSize(count).doesNotHaveDuplicates();
        assertThat(numbers.getFirst()).isEqualTo(prefix + String.format("%04d", count - 1));
        assertThat(inTransaction).containsOnly(false);
    }

    @Test
    void aMemberRunsOneExportAtATime() {
        var permit = leads.startExport(Actor.staff("one-at-a-time"));
        assertThatThrownBy(() -> leads.startExport(Actor.staff("one-at-a-time")))
                .isInstanceOf(ChangeRefusedException.class);
        leads.startExport(Actor.staff("someone-else")).close();

        permit.close();
        leads.startExport(Actor.staff("one-at-a-time")).close();
    }
}
