"""The segments screen: segment scoring, sensitivity, charts and research funnel."""
