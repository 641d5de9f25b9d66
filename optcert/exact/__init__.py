"""Polynomial-time exact algorithms: label-linear certificates, knapsack DP, DPA, brute force."""
