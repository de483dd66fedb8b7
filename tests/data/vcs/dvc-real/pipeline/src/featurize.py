import sys
# adds the product column
