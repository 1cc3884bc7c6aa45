package io.taskdef.arn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionTest {

    @ParameterizedTest
    @CsvSource({
            "us-east-1,      AWS,        aws,        amazonaws.com,    com.amazonaws.us-east-1.secretsmanager",
            "eu-central-2,   AWS,        aws,        amazonaws.com,    com.amazonaws.eu-central-2.secretsmanager",
            "cn-north-1,     AWS_CN,     aws-cn,     amazonaws.com.cn, cn.com.amazonaws.cn-north-1.secretsmanager",
            "cn-northwest-1, AWS_CN,     aws-cn,     amazonaws.com.cn, cn.com.amazonaws.cn-northwest-1.secretsmanager",
            "us-gov-west-1,  AWS_US_GOV, aws-us-gov, amazonaws.com,    com.amazonaws.us-gov-west-1.secretsmanager",
            "us-iso-east-1,  AWS_ISO,    aws-iso,    c2s.ic.gov,       gov.ic.c2s.us-iso-east-1.secretsmanager",
            "us-isob-east-1, AWS_ISO_B,  aws-iso-b,  sc2s.sgov.gov,    gov.sgov.sc2s.us-isob-east-1.secretsmanager"})
    void byRegion(String region, Partition partition, String id, String dnsSuffix, String endpoint) {
        assertEquals(partition, Partition.ofRegion(region));
        assertEquals(id, partition.id());
        assertEquals(partition, Partition.ofId(id));
        assertEquals(dnsSuffix, partition.dnsSuffix());
        assertEquals(endpoint, partition.endpointService(region, "secretsmanager"));
    }

    @ParameterizedTest
    @CsvSource({"us-east-1, true", "ap-southeast-4, true", "us-gov-west-1, true", "cn-north-1, true",
            "useast1, false", "us-east, false", "US-EAST-1, false", "us-east-123, false", "'', false"})
    void regionNames(String region, boolean valid) {
        assertEquals(valid, Partition.isValidRegion(region));
    }

    @Test
    void unknownPartition() {
        assertNull(Partition.ofId("aws-xx"));
        assertEquals("aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f", Partition.known());
    }
}
