package vn.resultpost.gateway.simulator;

import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.CreateOrder;
import vn.resultpost.gateway.operator.viettelpost.ViettelpostMessages.OrderData;

/** SIMULATOR: plausible Viettel Post fees of an order (postage by weight, a COD fee, 8% VAT), in VND. */
final class ViettelpostSimulatorFees {

    private ViettelpostSimulatorFees() {
    }

    static OrderData of(ViettelpostSimulatedOrder order) {
        CreateOrder o = order.request();
        int weight = o.productWeight() == null ? 100 : o.productWeight();
        long cod = o.moneyCollection() == null ? 0 : o.moneyCollection();
        long postage = 16_500L + (weight / 500) * 2_500L;
        long codFee = cod > 0 ? 5_000L : 0L;
        long vat = (postage + codFee) * 8 / 100;
        return new OrderData(order.waybill(), cod, weight, postage + codFee + vat, postage + codFee, postage, codFee,
                vat, 24);
    }
}
