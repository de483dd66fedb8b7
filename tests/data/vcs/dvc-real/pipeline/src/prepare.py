import sys
# splits data/raw.csv into data/prepared/{train,test}.csv
